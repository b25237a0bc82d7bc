-- The peer's single-row read, as its GET by id asks it: one of its 100 villains at random.
\set n random(0, 99)
SELECT * FROM villain WHERE id = 1 + 50 * :n;
