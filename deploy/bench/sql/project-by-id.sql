-- The single-row read: one project row by id, the id drawn at random from the generator's sample.
\set n random(1, :ids)
SELECT p.* FROM bench.project_ids b JOIN aid_project.project p ON p.id = b.id WHERE b.n = :n;
