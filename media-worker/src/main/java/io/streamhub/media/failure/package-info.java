/**
 * Why a job failed, and whether trying again can help.
 */
@NullMarked
package io.streamhub.media.failure;

import org.jspecify.annotations.NullMarked;
