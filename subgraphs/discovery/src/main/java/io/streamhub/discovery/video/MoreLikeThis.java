package io.streamhub.discovery.video;

import java.util.Collection;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * The more_like_this query discovery uses for similar videos and recommendations: title,
 * tags and description of the given documents. Term frequency thresholds are low because
 * titles and tags are short.
 */
public final class MoreLikeThis {

	private MoreLikeThis() {
	}

	/**
	 * Videos like the given ones (which are themselves excluded).
	 * @param index the index or alias holding the given videos
	 * @param videoIds the videos
	 * @return the query
	 */
	public static Query like(String index, Collection<String> videoIds) {
		return Query.of((q) -> q.moreLikeThis((mlt) -> {
			mlt.fields("title", "tags", "description").minTermFreq(1).minDocFreq(1).maxQueryTerms(25);
			videoIds.forEach((id) -> mlt.like((like) -> like.document((d) -> d.index(index).id(id))));
			return mlt;
		}));
	}

}
