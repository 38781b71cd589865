ARG PY=3.12
# Builder: compilers, headers and packaging tools stay in this stage.
FROM python:${PY} AS builder
COPY --from=ghcr.io/astral-sh/uv:0.5.11 /uv /uvx /bin/
WORKDIR /app

# The dependencies go into a virtual environment the final stage copies.
RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"
ENV UV_PROJECT_ENVIRONMENT=/opt/venv

# Dependency manifests first: a source change keeps the install layer cached.
COPY pyproject.toml uv.lock /app/

RUN uv sync --frozen --no-install-project
COPY . .

# Runtime: the slim image of the same release, with only what the app needs to run.
FROM python:${PY}-slim

COPY --from=builder /opt/venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY --from=builder /app /app
CMD ["python", "-m", "app"]
