package io.streamhub.availability.config;

import com.netflix.graphql.dgs.DgsScalar;
import io.streamhub.platform.scalars.DateTimeCoercing;

/**
 * Registers platform's {@code DateTime} scalar with DGS.
 */
@DgsScalar(name = "DateTime")
class DateTimeScalar extends DateTimeCoercing {

}
