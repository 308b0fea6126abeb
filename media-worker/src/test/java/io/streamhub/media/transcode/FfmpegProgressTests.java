package io.streamhub.media.transcode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FfmpegProgressTests {

	private final FfmpegProgress progress = new FfmpegProgress(8.0);

	@Test
	void outTimeBecomesPercentOfDuration() {
		assertThat(this.progress.percent("out_time_us=2000000")).hasValue(25.0);
	}

	@Test
	void finishedIsReservedForTheCompletedEvent() {
		assertThat(this.progress.percent("out_time_us=9000000")).hasValue(99.0);
	}

	@Test
	void otherLinesAndMissingValuesAreIgnored() {
		assertThat(this.progress.percent("frame=120")).isEmpty();
		assertThat(this.progress.percent("out_time_us=N/A")).isEmpty();
		assertThat(this.progress.percent("progress=end")).isEmpty();
	}

}
