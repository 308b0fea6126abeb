package io.streamhub.media.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.streamhub.media.ffmpeg.FfmpegBinary;
import io.streamhub.media.probe.DefaultSourceProbe;
import io.streamhub.media.probe.SourceInfo;
import io.streamhub.media.transcode.Cancellation;
import io.streamhub.media.transcode.FfmpegTranscoder;
import io.streamhub.media.transcode.Thumbnailer;
import io.streamhub.media.transcode.Variant;

/**
 * Runs exactly what a worker runs for one job between download and upload (probe, the
 * one-ffmpeg ladder with the measured master playlist, the thumbnail) on a local file,
 * and prints one JSON line with the timings. {@code --ffmpeg} prints the path of the
 * bundled ffmpeg; {@code --command} prints the ladder command line for a source. <pre>
 * java -cp ... io.streamhub.media.cli.TranscodeCommandLine source.mp4 out/ [preset]
 * </pre>
 */
public final class TranscodeCommandLine {

	private TranscodeCommandLine() {
	}

	public static void main(String[] args) throws IOException {
		FfmpegBinary ffmpeg = FfmpegBinary.locate(System.getenv("MEDIA_WORKER_FFMPEG"));
		if (args.length == 1 && args[0].equals("--ffmpeg")) {
			System.out.println(ffmpeg.getExecutablePath());
			return;
		}
		boolean printCommand = args.length > 0 && args[0].equals("--command");
		List<String> rest = List.of(args).subList(printCommand ? 1 : 0, args.length);
		if (rest.size() < 2) {
			System.err.println("usage: TranscodeCommandLine [--ffmpeg | --command] <source> <output-dir> [preset]");
			System.exit(2);
		}
		Path source = Path.of(rest.get(0));
		Path output = Path.of(rest.get(1));
		String preset = (rest.size() > 2) ? rest.get(2) : "veryfast";
		FfmpegTranscoder transcoder = new FfmpegTranscoder(ffmpeg, preset, Duration.ofHours(2));
		long start = System.nanoTime();
		SourceInfo info = new DefaultSourceProbe(ffmpeg).probe(source);
		if (printCommand) {
			System.out.println(String.join(" ", transcoder.command(source, info, output.resolve("hls")).arguments()));
			return;
		}
		Files.createDirectories(output);
		long probed = System.nanoTime();
		List<Variant> variants = transcoder.transcode(source, info, output.resolve("hls"), (percent) -> {
		}, new Cancellation());
		long transcoded = System.nanoTime();
		new Thumbnailer(ffmpeg).render(source, info, output.resolve("thumb.jpg"));
		long done = System.nanoTime();
		System.out.println(String.format(Locale.ROOT,
				"{\"mediaSeconds\":%.3f,\"probeSeconds\":%.3f,\"ladderSeconds\":%.3f,\"thumbnailSeconds\":%.3f,"
						+ "\"totalSeconds\":%.3f,\"renditions\":%d}",
				info.durationSeconds(), seconds(start, probed), seconds(probed, transcoded), seconds(transcoded, done),
				seconds(start, done), variants.size()));
	}

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}

}
