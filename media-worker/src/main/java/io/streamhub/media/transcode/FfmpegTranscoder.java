package io.streamhub.media.transcode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.streamhub.media.failure.JobFailedException;
import io.streamhub.media.ffmpeg.FfmpegBinary;
import io.streamhub.media.probe.SourceInfo;

/**
 * {@link Transcoder} running ONE ffmpeg process per job ({@link LadderCommand}), then
 * rewriting the master playlist with measured rates ({@link MasterPlaylist}). ffmpeg's
 * errors go to a log file next to the output; its last line is the failure reason. A
 * process killed by a signal, stopped by a timeout or cancelled is a retryable failure;
 * ffmpeg giving up on its input is not.
 */
public class FfmpegTranscoder implements Transcoder {

	private final FfmpegBinary ffmpeg;

	private final String preset;

	private final Duration timeout;

	public FfmpegTranscoder(FfmpegBinary ffmpeg, String preset, Duration timeout) {
		this.ffmpeg = ffmpeg;
		this.preset = preset;
		this.timeout = timeout;
	}

	/**
	 * The command line for a source (what {@link #transcode} runs).
	 * @param source the source
	 * @param info what the probe found
	 * @param outputDir the output directory
	 * @return the command
	 */
	public LadderCommand command(Path source, SourceInfo info, Path outputDir) {
		return new LadderCommand(this.ffmpeg.path(), source, Ladder.select(info), info.hasAudio(), outputDir,
				this.preset);
	}

	@Override
	public List<Variant> transcode(Path source, SourceInfo info, Path outputDir, ProgressListener listener,
			Cancellation cancellation) {
		LadderCommand command = command(source, info, outputDir);
		Path log = outputDir.resolveSibling("ffmpeg.log");
		Process process = start(command, log);
		AtomicBoolean timedOut = new AtomicBoolean();
		CompletableFuture<Void> watchdog = CompletableFuture.runAsync(() -> {
			timedOut.set(true);
			process.destroyForcibly();
		}, CompletableFuture.delayedExecutor(this.timeout.toMillis(), TimeUnit.MILLISECONDS));
		cancellation.onCancel(process::destroyForcibly);
		try {
			readProgress(process, new FfmpegProgress(info.durationSeconds()), listener);
			int exit = process.waitFor();
			checkExit(exit, timedOut.get(), cancellation.isCancelled(), log);
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw JobFailedException.retryable("Interrupted while transcoding", ex);
		}
		finally {
			watchdog.cancel(false);
		}
		return MasterPlaylist.rewrite(outputDir, command.rungs());
	}

	private static Process start(LadderCommand command, Path log) {
		try {
			Files.createDirectories(command.outputDir());
			return new ProcessBuilder(command.arguments()).redirectError(log.toFile()).start();
		}
		catch (IOException ex) {
			throw JobFailedException.retryable("Cannot start ffmpeg: " + ex.getMessage(), ex);
		}
	}

	private static void readProgress(Process process, FfmpegProgress progress, ProgressListener listener) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				OptionalDouble percent = progress.percent(line);
				if (percent.isPresent()) {
					listener.progress((int) percent.getAsDouble());
				}
			}
		}
		catch (IOException ex) {
			// the stream closes when the process is destroyed; the exit code tells why
		}
	}

	private void checkExit(int exit, boolean timedOut, boolean cancelled, Path log) {
		if (exit == 0 && !timedOut && !cancelled) {
			return;
		}
		if (cancelled) {
			throw JobFailedException.retryable("Transcoding was stopped (worker shutting down)", null);
		}
		if (timedOut) {
			throw JobFailedException.retryable("Transcoding took longer than " + this.timeout, null);
		}
		if (exit > 128) {
			throw JobFailedException.retryable("ffmpeg was killed (signal " + (exit - 128) + ")", null);
		}
		throw JobFailedException.permanent("ffmpeg could not transcode the file: " + lastLine(log));
	}

	private static String lastLine(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			for (int i = lines.size() - 1; i >= 0; i--) {
				if (!lines.get(i).isBlank()) {
					String line = lines.get(i).strip();
					return (line.length() > 200) ? line.substring(0, 200) : line;
				}
			}
			return "no error output";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
