"""Reading one match report into typed facts: `read_report` and `read_file` in reader.py."""
