package io.streamhub.media.transcode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MasterPlaylistTests {

	@TempDir
	Path dir;

	@Test
	void bandwidthsAreMeasuredFromSegmentsAndCodecsKeptFromFfmpeg() throws Exception {
		Rung rung = new Rung("360p", 640, 360, 800_000);
		Files.writeString(this.dir.resolve("master.m3u8"), """
				#EXTM3U
				#EXT-X-VERSION:6
				#EXT-X-STREAM-INF:BANDWIDTH=1020800,RESOLUTION=640x360,CODECS="avc1.64001e,mp4a.40.2"
				360p/index.m3u8
				""");
		Files.createDirectories(this.dir.resolve("360p"));
		Files.writeString(this.dir.resolve("360p/index.m3u8"), """
				#EXTM3U
				#EXT-X-TARGETDURATION:6
				#EXTINF:6.000000,
				segment_000.ts
				#EXTINF:2.000000,
				segment_001.ts
				#EXT-X-ENDLIST
				""");
		Files.write(this.dir.resolve("360p/segment_000.ts"), new byte[600_000]);
		Files.write(this.dir.resolve("360p/segment_001.ts"), new byte[300_000]);

		List<Variant> variants = MasterPlaylist.rewrite(this.dir, List.of(rung));

		// peak: 300 000 B * 8 / 2 s; average: 900 000 B * 8 / 8 s
		assertThat(variants).singleElement().satisfies((variant) -> {
			assertThat(variant.bandwidth()).isEqualTo(1_200_000);
			assertThat(variant.averageBandwidth()).isEqualTo(900_000);
			assertThat(variant.codecs()).isEqualTo("avc1.64001e,mp4a.40.2");
		});
		assertThat(Files.readString(this.dir.resolve("master.m3u8"))).isEqualTo(
				"""
						#EXTM3U
						#EXT-X-VERSION:6
						#EXT-X-INDEPENDENT-SEGMENTS
						#EXT-X-STREAM-INF:BANDWIDTH=1200000,AVERAGE-BANDWIDTH=900000,RESOLUTION=640x360,CODECS="avc1.64001e,mp4a.40.2"
						360p/index.m3u8
						""");
	}

}
