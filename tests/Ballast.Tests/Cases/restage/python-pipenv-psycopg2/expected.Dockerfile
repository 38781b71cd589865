# Builder: compilers, headers and packaging tools stay in this stage.
FROM python:3.12-bookworm AS builder

RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libpq-dev \
    && rm -rf /var/lib/apt/lists/*

RUN pip install pipenv
WORKDIR /srv

# The dependencies go into a virtual environment the final stage copies.
RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"

# Dependency manifests first: a source change keeps the install layer cached.
COPY Pipfile Pipfile.lock /srv/

RUN pipenv install --system --deploy
COPY . .

# Runtime: the slim image of the same release, with only what the app needs to run.
FROM python:3.12-slim-bookworm

RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 \
    && rm -rf /var/lib/apt/lists/*

COPY --from=builder /opt/venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"
WORKDIR /srv
COPY --from=builder /srv /srv
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "service.wsgi"]
