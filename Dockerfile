# The newswatch image: the flow runner and the consumer run from it (see docker-compose.yml).
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY newswatch newswatch
COPY flows flows
COPY producers producers
COPY consumers consumers
COPY schemas schemas
COPY seeds seeds
RUN pip install --no-cache-dir . && useradd --create-home newswatch
USER newswatch
ENV NEWSWATCH_STATE_DIR=/home/newswatch/state \
    NEWSWATCH_FEEDS_FILE=/app/seeds/feeds.toml \
    PREFECT_SERVER_ANALYTICS_ENABLED=false
ENTRYPOINT ["newswatch"]
