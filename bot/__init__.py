"""The shared async core: commands, teams, tie rules, reading reports, rendering."""
