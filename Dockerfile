# One image recipe for every service: `docker build --build-arg MODULE=subgraphs/users .`
# compose.yaml builds each service with its module path; the module's jar is a Spring Boot executable jar.
FROM maven:3.9-eclipse-temurin-17 AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN mvn -B -q -pl "${MODULE}" -am package -DskipTests && cp "${MODULE}"/target/*-app.jar /app.jar

FROM eclipse-temurin:17-jre
COPY --from=build /app.jar /opt/streamhub/app.jar
USER 65532
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/streamhub/app.jar"]
