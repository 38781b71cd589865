# Builder: compilers, headers and packaging tools stay in this stage.
FROM python:3.12-bookworm AS builder

RUN useradd app
WORKDIR /app
COPY requirements.txt .

# The dependencies go into a virtual environment the final stage copies.
RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"

RUN pip install --no-cache-dir -r requirements.txt

RUN python -m compileall -q . \
    && mkdir -p /app/media \
    && chown -R app /app/media
COPY . /app

# Runtime: the slim image of the same release, with only what the app needs to run.
FROM python:3.12-slim-bookworm

RUN useradd app

COPY --from=builder /opt/venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY --from=builder /app /app

RUN mkdir -p /app/media \
    && chown -R app /app/media
USER app
CMD ["python", "app.py"]
