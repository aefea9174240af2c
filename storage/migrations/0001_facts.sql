-- Facts read from reports, each with the reports and sentences that state it.

CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    lang TEXT NOT NULL,
    published TEXT,
    published_precision TEXT NOT NULL DEFAULT 'unknown',
    title TEXT,
    ingested_at TEXT NOT NULL
);

CREATE TABLE competitions (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE teams (
    id TEXT PRIMARY KEY
);

CREATE TABLE team_aliases (
    id INTEGER PRIMARY KEY,
    team_id TEXT NOT NULL REFERENCES teams(id),
    alias TEXT NOT NULL,
    lang TEXT NOT NULL,
    learned_from TEXT NOT NULL,
    report_id INTEGER REFERENCES reports(id),
    UNIQUE (team_id, alias)
);

CREATE TABLE matches (
    id INTEGER PRIMARY KEY,
    competition_id INTEGER REFERENCES competitions(id),
    season TEXT,
    stage TEXT,
    leg INTEGER CHECK (leg IN (1, 2)),
    date TEXT,
    date_precision TEXT NOT NULL DEFAULT 'unknown'
        CHECK (date_precision IN ('day', 'month', 'unknown')),
    home_id TEXT NOT NULL REFERENCES teams(id),
    away_id TEXT NOT NULL REFERENCES teams(id),
    home_goals INTEGER,
    away_goals INTEGER,
    extra_time INTEGER,
    home_penalties INTEGER,
    away_penalties INTEGER,
    neutral INTEGER NOT NULL DEFAULT 0,
    venue TEXT,
    goals_stated INTEGER NOT NULL DEFAULT 0,
    dismissals_stated INTEGER NOT NULL DEFAULT 0,
    revision INTEGER NOT NULL DEFAULT 1,
    CHECK (home_id <> away_id)
);
CREATE INDEX matches_pair ON matches (home_id, away_id);
CREATE INDEX matches_away ON matches (away_id);
CREATE INDEX matches_date ON matches (date);

CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    match_id INTEGER NOT NULL REFERENCES matches(id),
    team_id TEXT REFERENCES teams(id),
    player TEXT,
    minute INTEGER,
    added INTEGER,
    penalty INTEGER NOT NULL DEFAULT 0,
    own_goal INTEGER NOT NULL DEFAULT 0,
    assist TEXT,
    inferred INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX goals_match ON goals (match_id);

CREATE TABLE dismissals (
    id INTEGER PRIMARY KEY,
    match_id INTEGER NOT NULL REFERENCES matches(id),
    team_id TEXT REFERENCES teams(id),
    player TEXT,
    minute INTEGER,
    added INTEGER,
    second_yellow INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX dismissals_match ON dismissals (match_id);

CREATE TABLE ties (
    id INTEGER PRIMARY KEY,
    competition_id INTEGER REFERENCES competitions(id),
    season TEXT,
    stage TEXT,
    team_a TEXT NOT NULL REFERENCES teams(id),
    team_b TEXT NOT NULL REFERENCES teams(id),
    first_leg_id INTEGER REFERENCES matches(id),
    second_leg_id INTEGER REFERENCES matches(id),
    goals_a INTEGER,
    goals_b INTEGER,
    winner TEXT REFERENCES teams(id),
    decided_by TEXT,
    penalties_a INTEGER,
    penalties_b INTEGER,
    computed INTEGER NOT NULL DEFAULT 0,
    revision INTEGER NOT NULL DEFAULT 1,
    CHECK (team_a < team_b)
);
CREATE INDEX ties_pair ON ties (team_a, team_b);
CREATE INDEX ties_team_b ON ties (team_b);

-- Which report states which fact, in which sentence, and how that report stated it
-- (a JSON object of the fields as read), so that a fact is never without a source.
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id),
    kind TEXT NOT NULL CHECK (kind IN ('match', 'goal', 'dismissal', 'tie')),
    fact_id INTEGER NOT NULL,
    match_id INTEGER REFERENCES matches(id),
    sentence TEXT NOT NULL DEFAULT '',
    stated TEXT NOT NULL
);
CREATE INDEX claims_fact ON claims (kind, fact_id);
CREATE INDEX claims_report ON claims (report_id);

-- A report said something else than the store held; the stored value was kept.
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id),
    kind TEXT NOT NULL,
    fact_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    stored TEXT NOT NULL,
    reported TEXT NOT NULL
);
CREATE INDEX conflicts_fact ON conflicts (kind, fact_id);
