-- The read path's indexes: a team's newest matches, and its won/drawn/lost
-- summary, are read from one index range per side without touching the table.
-- Columns in the order of the newest-first sort (date, season, leg, id), then
-- what the summary needs. matches_away_newest starts with away_id, so it
-- replaces matches_away.
CREATE INDEX matches_home_newest ON matches
    (home_id, date, season, leg, id, home_goals, away_goals, competition_id);
CREATE INDEX matches_away_newest ON matches
    (away_id, date, season, leg, id, home_id, home_goals, away_goals, competition_id);
DROP INDEX matches_away;
