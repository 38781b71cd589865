ARG NODE_VERSION=20
# Builder: the build tools and development dependencies stay in this stage.
FROM node:${NODE_VERSION} AS builder

WORKDIR /usr/src/app

# Install dependencies first so source edits reuse the layer
COPY package.json package-lock.json ./
RUN npm ci

COPY . .
RUN npm run build

# Development dependencies stay here: the final stage copies the folder without them.
RUN npm prune --omit=dev

# Runtime: the same release without the toolchain; only the application folder and its settings.
FROM node:${NODE_VERSION}-slim

WORKDIR /usr/src/app

COPY --from=builder /usr/src/app /usr/src/app

EXPOSE 3000
CMD ["node", "dist/server.js"]
