package io.streamhub.media.probe;

import java.nio.file.Path;

import io.streamhub.media.failure.JobFailedException;
import io.streamhub.media.ffmpeg.FfmpegBinary;
import io.streamhub.media.support.TestClips;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class DefaultSourceProbeTests {

	private final DefaultSourceProbe probe = new DefaultSourceProbe(FfmpegBinary.locate(null));

	@Test
	void probesDurationSizeCodecsAndAudio() {
		SourceInfo info = this.probe.probe(TestClips.small());
		assertThat(info.durationSeconds()).isCloseTo(2.0, within(0.1));
		assertThat(info.width()).isEqualTo(640);
		assertThat(info.height()).isEqualTo(360);
		assertThat(info.videoCodec()).startsWith("h264");
		assertThat(info.hasAudio()).isTrue();
		assertThat(this.probe.probe(TestClips.silent()).hasAudio()).isFalse();
	}

	@Test
	void rotatedPhoneVideoReportsItsDisplaySize() {
		Path rotated = TestClips.rotated();
		SourceInfo info = this.probe.probe(rotated);
		assertThat(info.rotation()).isIn(90, 270);
		assertThat(info.width()).isEqualTo(360);
		assertThat(info.height()).isEqualTo(640);
		assertThat(info.portrait()).isTrue();
	}

	@Test
	void textFileIsNotAVideo() {
		assertThatExceptionOfType(JobFailedException.class).isThrownBy(() -> this.probe.probe(TestClips.textNamedMp4()))
			.satisfies((ex) -> assertThat(ex.retryable()).isFalse())
			.withMessageStartingWith("The file is not a decodable video");
	}

}
