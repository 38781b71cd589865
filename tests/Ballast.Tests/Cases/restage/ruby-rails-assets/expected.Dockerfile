# Builder: compilers, headers and package tools stay in this stage.
FROM ruby:3.3-bookworm AS builder

# Headers for pg and nokogiri, node for the asset pipeline.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        build-essential \
        libpq-dev \
        libxml2-dev \
        libxslt1-dev \
        nodejs \
        git \
    && rm -rf /var/lib/apt/lists/*
ENV RAILS_ENV=production RAILS_LOG_TO_STDOUT=1
WORKDIR /rails

# Ruby dependency settings, in both stages.
ENV BUNDLE_DEPLOYMENT=1 BUNDLE_PATH=/usr/local/bundle BUNDLE_WITHOUT=development:test

# Dependency manifests first: a source change keeps the install layer cached.
COPY Gemfile Gemfile.lock /rails/

RUN bundle install
COPY . .

RUN SECRET_KEY_BASE_DUMMY=1 bundle exec rails assets:precompile

RUN useradd --create-home rails

RUN chown -R rails:rails db log tmp

# Runtime: ruby:3.3-slim-bookworm with only what the application needs to run.
FROM ruby:3.3-slim-bookworm
ENV RAILS_ENV=production RAILS_LOG_TO_STDOUT=1

ENV BUNDLE_DEPLOYMENT=1 BUNDLE_PATH=/usr/local/bundle BUNDLE_WITHOUT=development:test

RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 libxml2 libxslt1.1 \
    && rm -rf /var/lib/apt/lists/*

COPY --from=builder /usr/local/bundle /usr/local/bundle
WORKDIR /rails
COPY --from=builder /rails /rails

RUN useradd --create-home rails
USER rails
EXPOSE 3000
CMD ["bundle", "exec", "rails", "server", "-b", "0.0.0.0"]
