package io.streamhub.videos.storage;

import java.net.URI;

import io.streamhub.videos.config.VideosProperties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The S3 client and presigner, from {@code videos.s3.*}.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean(destroyMethod = "close")
	S3Client videosS3Client(VideosProperties properties) {
		VideosProperties.S3 s3 = properties.getS3();
		var builder = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.region(Region.of(s3.getRegion()))
			.credentialsProvider(credentials(s3))
			.serviceConfiguration(serviceConfiguration(s3));
		if (StringUtils.hasText(s3.getEndpoint())) {
			builder.endpointOverride(URI.create(s3.getEndpoint()));
		}
		return builder.build();
	}

	@Bean(destroyMethod = "close")
	S3Presigner videosS3Presigner(VideosProperties properties) {
		VideosProperties.S3 s3 = properties.getS3();
		var builder = S3Presigner.builder()
			.region(Region.of(s3.getRegion()))
			.credentialsProvider(credentials(s3))
			.serviceConfiguration(serviceConfiguration(s3));
		if (StringUtils.hasText(s3.getEndpoint())) {
			builder.endpointOverride(URI.create(s3.getEndpoint()));
		}
		return builder.build();
	}

	@Bean
	MediaStorage mediaStorage(S3Client videosS3Client, S3Presigner videosS3Presigner, VideosProperties properties) {
		return new DefaultMediaStorage(videosS3Client, videosS3Presigner, properties.getS3().getBucket());
	}

	private static S3Configuration serviceConfiguration(VideosProperties.S3 s3) {
		return S3Configuration.builder().pathStyleAccessEnabled(s3.isPathStyle()).build();
	}

	private static AwsCredentialsProvider credentials(VideosProperties.S3 s3) {
		if (StringUtils.hasText(s3.getAccessKey()) && StringUtils.hasText(s3.getSecretKey())) {
			return StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.getAccessKey(), s3.getSecretKey()));
		}
		return DefaultCredentialsProvider.builder().build();
	}

}
