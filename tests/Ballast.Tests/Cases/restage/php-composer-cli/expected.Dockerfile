# Builder: compilers, headers and package tools stay in this stage.
FROM php:8.2-cli-bookworm AS builder

RUN apt-get update \
    && apt-get install -y --no-install-recommends git unzip \
    && rm -rf /var/lib/apt/lists/*

RUN curl -sS https://getcomposer.org/installer | php -- --install-dir=/usr/local/bin --filename=composer
WORKDIR /app

# Dependency manifests first: a source change keeps the install layer cached.
COPY composer.json composer.lock /app/

RUN composer install --no-dev --no-scripts --no-autoloader
COPY . /app

# With the sources in place: the optimised autoloader and composer's scripts.
RUN composer dump-autoload --no-dev --optimize \
    && composer run-script post-install-cmd

# Runtime: php:8.2-cli-bookworm with only what the application needs to run.
FROM php:8.2-cli-bookworm
COPY --from=builder /app /app
WORKDIR /app
ENTRYPOINT ["php", "bin/report"]
CMD ["--help"]
