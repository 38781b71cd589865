# Builder: compilers, headers and packaging tools stay in this stage.
FROM python:3.12-bookworm AS builder

RUN useradd --create-home appuser
WORKDIR /home/appuser/app
COPY requirements.txt .

# The dependencies go into a virtual environment the final stage copies.
RUN python -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"

RUN pip install --no-cache-dir -r requirements.txt
COPY . .

# Runtime: the slim image of the same release, with only what the app needs to run.
FROM python:3.12-slim-bookworm

RUN useradd --create-home appuser

COPY --from=builder /opt/venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"
WORKDIR /home/appuser/app
USER appuser
COPY --from=builder /home/appuser/app /home/appuser/app
CMD ["python", "app.py"]
