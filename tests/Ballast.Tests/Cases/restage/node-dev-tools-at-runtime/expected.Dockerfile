# Builder: the build tools and development dependencies stay in this stage.
FROM node:20 AS builder

WORKDIR /app

# Dependency manifests first: a source change keeps the installed packages cached.
COPY package.json package-lock.json ./
RUN npm ci

COPY . .

# Runtime: the same release without the toolchain; only the application folder and its settings.
FROM node:20-slim

WORKDIR /app

COPY --from=builder /app /app

EXPOSE 3000
CMD ["sh", "-c", "npm run migrate && npm start"]
