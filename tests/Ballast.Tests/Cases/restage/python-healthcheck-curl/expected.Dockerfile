# Builder: compilers, headers and packaging tools stay in this stage.
FROM python:3.12-bookworm AS builder
WORKDIR /app
COPY requirements.txt .

# The dependencies go into a virtual environment the final stage copies.
RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"

RUN pip install --no-cache-dir -r requirements.txt
COPY . .

# Runtime: the slim image of the same release, with only what the app needs to run.
FROM python:3.12-slim-bookworm

RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

COPY --from=builder /opt/venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY --from=builder /app /app
EXPOSE 8000
HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1
CMD ["python", "-m", "flask", "run", "--host", "0.0.0.0", "--port", "8000"]
