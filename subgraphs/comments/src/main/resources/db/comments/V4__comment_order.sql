-- Video.comments(orderBy: TOP): the like count lives on the row (changed in the same statement as
-- comment_like) so that a TOP page is a keyset scan of an index, never a sort of a video's comments.
ALTER TABLE comment ADD COLUMN like_count integer NOT NULL DEFAULT 0;
UPDATE comment c SET like_count = l.n
	FROM (SELECT comment_id, count(*) AS n FROM comment_like GROUP BY comment_id) l
	WHERE l.comment_id = c.id;
CREATE INDEX comment_video_top_idx ON comment (video_id, like_count DESC, created_at DESC, id DESC)
	WHERE parent_id IS NULL AND deleted_at IS NULL;
