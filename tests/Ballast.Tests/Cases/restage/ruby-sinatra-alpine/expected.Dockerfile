# Builder: compilers, headers and package tools stay in this stage.
FROM ruby:3.3-alpine3.20 AS builder

RUN apk add --no-cache \
        build-base \
        yaml-dev \
        sqlite-dev \
        tzdata

RUN gem install bundler -v 2.5.6
WORKDIR /app
COPY Gemfile Gemfile.lock ./

RUN bundle config set --local without 'development test'

# Ruby dependency settings, in both stages.
ENV BUNDLE_DEPLOYMENT=1 BUNDLE_PATH=/usr/local/bundle

RUN bundle install
COPY . .

# Runtime: ruby:3.3-alpine3.20 with only what the application needs to run.
FROM ruby:3.3-alpine3.20

ENV BUNDLE_DEPLOYMENT=1 BUNDLE_PATH=/usr/local/bundle

RUN apk add --no-cache yaml sqlite-libs tzdata

COPY --from=builder /usr/local/bundle /usr/local/bundle
WORKDIR /app
COPY --from=builder /app /app
EXPOSE 4567
CMD bundle exec rackup --host 0.0.0.0 --port 4567
