package io.streamhub.media.transcode;

import java.nio.file.Path;
import java.util.List;

import io.streamhub.media.probe.SourceInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LadderTests {

	@Test
	void fullHdSourceGetsEveryRung() {
		assertThat(names(source(1920, 1080))).containsExactly("1920x1080", "1280x720", "854x480", "640x360");
	}

	@Test
	void rungsAboveTheSourceAreSkipped() {
		assertThat(names(source(1280, 720))).containsExactly("1280x720", "854x480", "640x360");
		assertThat(names(source(1000, 500))).containsExactly("960x480", "720x360");
	}

	@Test
	void portraitSourceKeepsOrientation() {
		assertThat(names(source(1080, 1920))).containsExactly("1080x1920", "720x1280", "480x854", "360x640");
	}

	@Test
	void tinySourceStillGetsOneRungAtItsOwnSize() {
		List<Rung> rungs = Ladder.select(source(320, 240));
		assertThat(rungs).hasSize(1);
		assertThat(rungs.get(0).name()).isEqualTo("240p");
		assertThat(rungs.get(0).width() + "x" + rungs.get(0).height()).isEqualTo("320x240");
	}

	@Test
	void oddSizesAreRoundedToEvenNumbers() {
		assertThat(Ladder.select(source(1279, 721)))
			.allSatisfy((rung) -> assertThat(rung.width() % 2 + rung.height() % 2).isZero());
	}

	@Test
	void commandDecodesOnceAndMapsEveryRungIntoOneHlsOutput() {
		SourceInfo info = source(1280, 720);
		List<String> args = new LadderCommand(Path.of("/bin/ffmpeg"), Path.of("/in.mp4"), Ladder.select(info), true,
				Path.of("/out"), "veryfast")
			.arguments();
		assertThat(args.stream().filter("-i"::equals)).hasSize(1);
		assertThat(args)
			.containsSequence("-filter_complex",
					"[0:v]split=3[s0][s1][s2];[s0]scale=1280:720,setsar=1[v0];[s1]scale=854:480,setsar=1[v1];"
							+ "[s2]scale=640:360,setsar=1[v2]")
			.containsSequence("-var_stream_map", "v:0,a:0,name:720p v:1,a:1,name:480p v:2,a:2,name:360p")
			.containsSequence("-hls_time", "6")
			.containsSequence("-force_key_frames", "expr:gte(t,n_forced*2)")
			.containsSequence("-profile:v", "high")
			.containsSequence("-progress", "pipe:1")
			.endsWith("/out/%v/index.m3u8");
	}

	@Test
	void commandWithoutAudioMapsNoAudio() {
		List<String> args = new LadderCommand(Path.of("ffmpeg"), Path.of("in"), Ladder.select(source(640, 360)), false,
				Path.of("out"), "veryfast")
			.arguments();
		assertThat(args).doesNotContain("0:a:0", "aac").containsSequence("-var_stream_map", "v:0,name:360p");
	}

	private static List<String> names(SourceInfo source) {
		return Ladder.select(source).stream().map((rung) -> rung.width() + "x" + rung.height()).toList();
	}

	private static SourceInfo source(int width, int height) {
		return new SourceInfo(10, width, height, 0, "h264", "aac");
	}

}
