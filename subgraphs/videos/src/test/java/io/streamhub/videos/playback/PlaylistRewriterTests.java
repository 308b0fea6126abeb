package io.streamhub.videos.playback;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaylistRewriterTests {

	@Test
	void uriLinesAndUriAttributesAreResolvedAgainstThePlaylistAndReplaced() {
		String playlist = """
				#EXTM3U
				#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="en",URI="audio/en.m3u8"
				#EXT-X-STREAM-INF:BANDWIDTH=800000,AUDIO="aud"
				v0/index.m3u8
				# a comment with URI="x.m3u8" stays
				#EXT-X-MAP:URI="init.mp4"

				../v1/seg.ts
				""";

		String rewritten = PlaylistRewriter.rewrite(playlist, "hls/master.m3u8", (path) -> "<" + path + ">");

		assertThat(rewritten).isEqualTo("""
				#EXTM3U
				#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="en",URI="<hls/audio/en.m3u8>"
				#EXT-X-STREAM-INF:BANDWIDTH=800000,AUDIO="aud"
				<hls/v0/index.m3u8>
				# a comment with URI="x.m3u8" stays
				#EXT-X-MAP:URI="<hls/init.mp4>"

				<v1/seg.ts>
				""");
	}

	@Test
	void absoluteUrisAndPathsLeavingTheVideoDirectoryAreKept() {
		String playlist = "#EXTM3U\r\nhttps://cdn.example/seg.ts\r\n//other.example/seg.ts\r\n"
				+ "../../../escape.ts\r\n../../inside.ts\r\n";

		String rewritten = PlaylistRewriter.rewrite(playlist, "hls/v0/index.m3u8", (path) -> "<" + path + ">");

		assertThat(rewritten).isEqualTo(
				"#EXTM3U\nhttps://cdn.example/seg.ts\n//other.example/seg.ts\n../../../escape.ts\n<inside.ts>\n");
		assertThat(PlaylistRewriter.resolve("master.m3u8", "../secret")).isEmpty();
		assertThat(PlaylistRewriter.resolve("hls/v0/index.m3u8", "seg%20one.ts")).hasValue("hls/v0/seg one.ts");
	}

}
