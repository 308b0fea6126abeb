package io.streamhub.discovery.index;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;

/**
 * The mappings of a videos index. Only analyzers built into Elasticsearch's server are
 * used (standard, simple): the embedded node has no analysis modules.
 */
final class IndexMappings {

	private IndexMappings() {
	}

	static CreateIndexRequest create(String name) {
		return CreateIndexRequest.of((c) -> c.index(name)
			.settings((s) -> s.numberOfShards("1").numberOfReplicas("0"))
			.mappings((m) -> m.dynamic(DynamicMapping.Strict)
				.properties("id", (p) -> p.keyword((k) -> k))
				.properties("title", (p) -> p.text((t) -> t.fields("raw", (f) -> f.keyword((k) -> k.ignoreAbove(256)))))
				.properties("description", (p) -> p.text((t) -> t))
				.properties("tags", (p) -> p.text((t) -> t.fields("keyword", (f) -> f.keyword((k) -> k))))
				.properties("category", (p) -> p.keyword((k) -> k))
				.properties("creatorId", (p) -> p.keyword((k) -> k))
				.properties("creatorUsername", (p) -> p.keyword((k) -> k))
				.properties("viewCount", (p) -> p.long_((l) -> l))
				.properties("likeCount", (p) -> p.long_((l) -> l))
				.properties("durationSeconds", (p) -> p.double_((d) -> d))
				.properties("publishedAt", (p) -> p.date((d) -> d))
				.properties("createdAt", (p) -> p.date((d) -> d))
				.properties("suggest", (p) -> p.completion((s) -> s.analyzer("simple")))));
	}

}
