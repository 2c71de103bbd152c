"""Report: what a user reads — the terminal report and the static HTML report."""
