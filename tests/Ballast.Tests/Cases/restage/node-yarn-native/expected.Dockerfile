# Builder: the build tools and development dependencies stay in this stage.
FROM node:18-bullseye AS builder

# Native addons (pg-native) build against libpq
RUN apt-get update && apt-get install -y python3 make g++ libpq-dev

WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
COPY . .

ENV NODE_ENV=production
COPY docker-entrypoint.sh /usr/local/bin/

# Development dependencies stay here: the final stage copies the folder without them.
RUN yarn install --production --frozen-lockfile

# Runtime: the same release without the toolchain; only the application folder and its settings.
FROM node:18-bullseye-slim

RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

COPY --from=builder /app /app

ENV NODE_ENV=production
COPY --from=builder /usr/local/bin/docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
USER node
HEALTHCHECK --interval=30s CMD node scripts/healthcheck.js
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["yarn", "start"]
