"""The web app: FastAPI views over the store, rendered with the report's templates."""
