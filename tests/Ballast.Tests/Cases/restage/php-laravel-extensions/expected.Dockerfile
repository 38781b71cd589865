# Builder: compilers, headers and package tools stay in this stage.
FROM php:8.3-fpm-bookworm AS builder

# pdo_pgsql and gd compile against these headers.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpq-dev \
        libpng-dev \
        libjpeg62-turbo-dev \
        libfreetype6-dev \
        libzip-dev \
        git \
        unzip \
    && rm -rf /var/lib/apt/lists/*

RUN docker-php-ext-configure gd --with-freetype --with-jpeg \
    && docker-php-ext-install -j$(nproc) pdo_pgsql gd zip
COPY --from=composer:2 /usr/bin/composer /usr/bin/composer

RUN cp "$PHP_INI_DIR/php.ini-production" "$PHP_INI_DIR/php.ini"
WORKDIR /var/www/html

# Dependency manifests first: a source change keeps the install layer cached.
COPY composer.json composer.lock /var/www/html/

RUN composer install --optimize-autoloader --no-interaction --no-dev --no-scripts --no-autoloader
COPY . .

# With the sources in place: the optimised autoloader and composer's scripts.
RUN composer dump-autoload --no-dev --optimize

RUN chown -R www-data:www-data storage bootstrap/cache

# Runtime: php:8.3-fpm-bookworm with only what the application needs to run.
FROM php:8.3-fpm-bookworm

RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpq5 \
        libpng16-16 \
        libjpeg62-turbo \
        libfreetype6 \
        libzip4 \
    && rm -rf /var/lib/apt/lists/*

COPY --from=builder /usr/local/lib/php/extensions /usr/local/lib/php/extensions
COPY --from=builder /usr/local/etc/php/conf.d/docker-php-ext-*.ini /usr/local/etc/php/conf.d/

RUN cp "$PHP_INI_DIR/php.ini-production" "$PHP_INI_DIR/php.ini"
WORKDIR /var/www/html
COPY --from=builder /var/www/html /var/www/html
USER www-data
EXPOSE 9000
CMD ["php-fpm"]
