CREATE TABLE thing (
    id    UUID PRIMARY KEY,
    title TEXT NOT NULL
);
