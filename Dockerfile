# One image for every process of the scaled layout (compose.scaled.yml); the command picks the process:
#   rasa N | actions N | bot N | web | indexer | migrate   (scripts/scaled/serve)
# The trained model is copied in: build after `make train`. Not built on the machine that wrote it
# (no Docker daemon there): see docs/scaling.md.
FROM python:3.10-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    RASA_TELEMETRY_ENABLED=false \
    TF_CPP_MIN_LOG_LEVEL=2 \
    SQLALCHEMY_SILENCE_UBER_WARNING=1 \
    PYTHONWARNINGS=ignore::DeprecationWarning \
    HIRFA_BIN=/usr/local/bin \
    HIRFA_LISTEN=0.0.0.0

WORKDIR /app
# Dependencies first, so that a change of code does not reinstall Rasa.
COPY pyproject.toml README.md ./
COPY hirfa/__init__.py hirfa/__init__.py
RUN pip install . && pip uninstall -y hirfa
COPY . .
RUN pip install --no-deps . \
    && pybabel -q compile -d locales \
    && for lang in ar fr; do pybabel -q compile -D staff -d locales -l "$lang"; done \
    && useradd --system --home-dir /app hirfa
USER hirfa

ENTRYPOINT ["/app/scripts/scaled/serve"]
CMD ["rasa", "1"]
