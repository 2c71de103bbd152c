"""svodka: turn many outlets' news into stories and show how each outlet told them.

The pipeline, one package per stage, run in this order by `svodka.engine.Engine`:
ingest → clean → nlp → stories → compare → summarise → store → report / web.
"""

__version__ = "0.1.0"
