package io.streamhub.router.composition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ComposeCommandTests {

	private static final String FED2 = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\"])\n";

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void writeSupergraphYaml() throws IOException {
		Files.writeString(this.dir.resolve("supergraph.yaml"), """
				federation_version: =2.3.0
				subgraphs:
				  users:
				    routing_url: http://localhost:4001/graphql
				    schema:
				      file: users.graphqls
				  videos:
				    routing_url: http://localhost:4002/graphql
				    schema:
				      file: videos.graphqls
				""");
		Files.writeString(this.dir.resolve("users.graphqls"),
				FED2 + "type Query { me: User }\ntype User @key(fields: \"id\") { id: ID! name: String }");
		Files.writeString(this.dir.resolve("videos.graphqls"),
				FED2 + "type User @key(fields: \"id\") { id: ID! uploads: Int }");
	}

	@Test
	void writesTheSupergraphFile() throws IOException {
		Path output = this.dir.resolve("out/supergraph.graphql");
		int status = run("compose", this.dir.resolve("supergraph.yaml").toString(), "-o", output.toString());
		assertThat(status).isZero();
		String supergraph = Files.readString(output);
		assertThat(supergraph).contains("@link(url: \"https://specs.apollo.dev/join/v0.3\", for: EXECUTION)")
			.contains("USERS @join__graph(name: \"users\", url: \"http://localhost:4001/graphql\")")
			.contains("uploads: Int @join__field(graph: VIDEOS)");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void printsTheSupergraphWithoutOutputFile() {
		int status = run(this.dir.resolve("supergraph.yaml").toString());
		assertThat(status).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("schema\n").contains("enum join__Graph");
	}

	@Test
	void failsWithTheErrorsWhenSubgraphsDoNotCompose() throws IOException {
		Files.writeString(this.dir.resolve("videos.graphqls"),
				FED2 + "type User @key(fields: \"id\") { id: ID! name: String }");
		Path output = this.dir.resolve("supergraph.graphql");
		int status = run("compose", this.dir.resolve("supergraph.yaml").toString(), "-o", output.toString());
		assertThat(status).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("INVALID_FIELD_SHARING").contains("User.name");
		assertThat(output).doesNotExist();
	}

	@Test
	void failsOnUsageErrors() {
		assertThat(run("compose")).isEqualTo(2);
		assertThat(run("compose", "a.yaml", "-o")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage: compose");
	}

	private int run(String... args) {
		return ComposeCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
