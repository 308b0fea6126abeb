package io.streamhub.media.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.streamhub.media.failure.JobFailedException;
import io.streamhub.media.probe.SourceInfo;
import io.streamhub.media.probe.SourceProbe;
import io.streamhub.media.storage.MediaStore;
import io.streamhub.media.transcode.Cancellation;
import io.streamhub.media.transcode.LadderCommand;
import io.streamhub.media.transcode.ProgressListener;
import io.streamhub.media.transcode.Thumbnailer;
import io.streamhub.media.transcode.Transcoder;
import io.streamhub.media.transcode.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt at a job: download the source into a fresh temporary directory, probe it,
 * transcode the ladder, render the thumbnail, upload everything (segments, then media
 * playlists, then the master, then the thumbnail: a reader never finds a playlist before
 * what it names). The directory is removed on every exit path. Outputs have fixed keys,
 * so a re-run overwrites the same objects.
 */
public class TranscodePipeline {

	private static final Logger logger = LoggerFactory.getLogger(TranscodePipeline.class);

	private final MediaStore store;

	private final SourceProbe probe;

	private final Transcoder transcoder;

	private final Thumbnailer thumbnailer;

	private final Path workDir;

	private final long maxSourceBytes;

	private final String defaultBucket;

	public TranscodePipeline(MediaStore store, SourceProbe probe, Transcoder transcoder, Thumbnailer thumbnailer,
			Path workDir, long maxSourceBytes, String defaultBucket) {
		this.store = store;
		this.probe = probe;
		this.transcoder = transcoder;
		this.thumbnailer = thumbnailer;
		this.workDir = workDir;
		this.maxSourceBytes = maxSourceBytes;
		this.defaultBucket = defaultBucket;
	}

	/**
	 * Run one attempt.
	 * @param job the job
	 * @param listener told the transcode progress
	 * @param cancellation stops the attempt
	 * @return what was produced
	 * @throws JobFailedException when the attempt failed
	 * @throws io.streamhub.media.failure.SourceMissingException when the source is gone
	 */
	public JobOutputs run(TranscodeJob job, ProgressListener listener, Cancellation cancellation) {
		Path dir = createJobDir(job);
		try {
			return run(job, dir, listener, cancellation);
		}
		finally {
			deleteRecursively(dir);
		}
	}

	private JobOutputs run(TranscodeJob job, Path dir, ProgressListener listener, Cancellation cancellation) {
		String bucket = (job.bucket() != null) ? job.bucket() : this.defaultBucket;
		Path source = dir.resolve("source");
		this.store.download(bucket, job.sourceKey(), source, this.maxSourceBytes);
		SourceInfo info = this.probe.probe(source);
		logger.info("Video {}: {}x{} {} s, video {}, audio {}", job.videoId(), info.width(), info.height(),
				info.durationSeconds(), info.videoCodec(), info.hasAudio() ? info.audioCodec() : "none");
		Path hls = dir.resolve("hls");
		List<Variant> variants = this.transcoder.transcode(source, info, hls, listener, cancellation);
		Path thumbnail = dir.resolve("thumb.jpg");
		this.thumbnailer.render(source, info, thumbnail);
		String hlsPrefix = job.outputPrefix() + "hls/";
		this.store.upload(bucket, hlsPrefix, hls, uploadOrder(hls));
		this.store.upload(bucket, job.outputPrefix(), dir, List.of(Path.of("thumb.jpg")));
		List<JobOutputs.Rendition> renditions = variants.stream()
			.map((variant) -> new JobOutputs.Rendition(variant.rung().name(), variant.rung().width(),
					variant.rung().height(), variant.bandwidth(), hlsPrefix + variant.playlist()))
			.toList();
		return new JobOutputs(renditions, info.durationSeconds(), info.width(), info.height(),
				hlsPrefix + LadderCommand.MASTER, job.outputPrefix() + "thumb.jpg");
	}

	private static List<Path> uploadOrder(Path hls) {
		List<Path> segments = new ArrayList<>();
		List<Path> playlists = new ArrayList<>();
		try (Stream<Path> files = Files.walk(hls)) {
			files.filter(Files::isRegularFile).map(hls::relativize).sorted().forEach((file) -> {
				(file.toString().endsWith(".m3u8") ? playlists : segments).add(file);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Path master = Path.of(LadderCommand.MASTER);
		playlists.remove(master);
		playlists.add(master);
		List<Path> order = new ArrayList<>(segments);
		order.addAll(playlists);
		return order;
	}

	private Path createJobDir(TranscodeJob job) {
		try {
			Files.createDirectories(this.workDir);
			return Files.createTempDirectory(this.workDir, "job-" + job.videoId() + "-");
		}
		catch (IOException ex) {
			throw JobFailedException.retryable("Cannot create a work directory: " + ex.getMessage(), ex);
		}
	}

	private static void deleteRecursively(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			logger.warn("Could not remove work directory {}", dir, ex);
		}
	}

}
