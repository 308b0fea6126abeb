package io.streamhub.media.probe;

import java.nio.file.Path;

import io.streamhub.media.failure.JobFailedException;
import ws.schild.jave.EncoderException;
import ws.schild.jave.MultimediaObject;
import ws.schild.jave.info.AudioInfo;
import ws.schild.jave.info.MultimediaInfo;
import ws.schild.jave.info.VideoInfo;
import ws.schild.jave.info.VideoSize;
import ws.schild.jave.process.ProcessLocator;

/**
 * {@link SourceProbe} with jave2's {@link MultimediaObject#getInfo()} (which parses what
 * ffmpeg says about its input). Anything that does not yield a video stream with a size
 * and a positive duration fails without retry.
 */
public class DefaultSourceProbe implements SourceProbe {

	private static final long PROBE_TIMEOUT_MILLIS = 60_000;

	private final ProcessLocator ffmpeg;

	public DefaultSourceProbe(ProcessLocator ffmpeg) {
		this.ffmpeg = ffmpeg;
	}

	@Override
	public SourceInfo probe(Path source) {
		MultimediaInfo info = read(source);
		VideoInfo video = info.getVideo();
		if (video == null || video.getSize() == null) {
			throw JobFailedException.permanent("The file has no video stream");
		}
		if (info.getDuration() <= 0) {
			throw JobFailedException.permanent("The video has no duration (truncated or corrupt file)");
		}
		VideoSize size = video.getSize();
		int rotation = rotation(info, video);
		boolean sideways = rotation == 90 || rotation == 270;
		int width = sideways ? size.getHeight() : size.getWidth();
		int height = sideways ? size.getWidth() : size.getHeight();
		if (width <= 0 || height <= 0) {
			throw JobFailedException.permanent("The video has no picture size");
		}
		AudioInfo audio = info.getAudio();
		return new SourceInfo(info.getDuration() / 1000.0, width, height, rotation, video.getDecoder(),
				(audio != null) ? audio.getDecoder() : null);
	}

	/**
	 * jave2 4.2 leaves {@code getRotate()} at 0 for MP4s whose stream metadata says
	 * {@code rotate: 270} (phone videos), so the stream metadata is read too. ffmpeg
	 * applies the rotation when decoding, so the ladder is sized for the display size.
	 */
	private static int rotation(MultimediaInfo info, VideoInfo video) {
		if (info.getRotate() != 0) {
			return Math.floorMod(info.getRotate(), 360);
		}
		String rotate = (video.getMetadata() != null) ? video.getMetadata().get("rotate") : null;
		if (rotate == null) {
			return 0;
		}
		try {
			return Math.floorMod(Math.round(Float.parseFloat(rotate.strip())), 360);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private MultimediaInfo read(Path source) {
		try {
			return new MultimediaObject(source.toFile(), this.ffmpeg).getInfo(PROBE_TIMEOUT_MILLIS);
		}
		catch (EncoderException ex) {
			throw JobFailedException.permanent("The file is not a decodable video: " + firstLine(ex.getMessage()), ex);
		}
	}

	private static String firstLine(String message) {
		if (message == null || message.isBlank()) {
			return "unknown format";
		}
		String line = message.strip().lines().findFirst().orElse("unknown format");
		return (line.length() > 200) ? line.substring(0, 200) : line;
	}

}
