package com.storyreel.local;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import com.storyreel.localstack.TestStack;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceEnvironmentTests {

    private final ServiceEnvironment environment = ServiceEnvironment.of(new FixedStack(), Map.of());

    @Test
    void namesAreTheVariablesTheReadmeAndComposeUse() {
        assertThat(environment.lines()).contains("SPRING_KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:19092",
                "SPRING_MONGODB_URI=mongodb://127.0.0.1:27018/storyreel", "STORYREEL_S3_ENDPOINT=http://127.0.0.1:19900",
                "STORYREEL_S3_PUBLIC_ENDPOINT=http://127.0.0.1:19900", "STORYREEL_S3_SECRET_KEY=the-secret",
                "MANAGEMENT_HEALTH_MONGODB_ENABLED=false");
    }

    @Test
    void springReadsEveryVariableBackAsTheProperty() {
        Map<String, Object> variables = new LinkedHashMap<>();
        environment.lines().forEach(line -> variables.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        StandardEnvironment spring = new StandardEnvironment();
        spring.getPropertySources().addFirst(new SystemEnvironmentPropertySource("environment", variables));
        ConfigurationPropertySources.attach(spring);
        Binder binder = Binder.get(spring);

        environment.properties().forEach((property, value) ->
                assertThat(binder.bind(property, String.class).get()).as(property).isEqualTo(value.toString()));
    }

    @Test
    void whatTheLauncherAddsWinsOverTheStack() {
        var withLinks = ServiceEnvironment.of(new FixedStack(), Map.of("storyreel.s3.public-endpoint", "https://tunnel.example"));

        assertThat(withLinks.lines()).contains("STORYREEL_S3_PUBLIC_ENDPOINT=https://tunnel.example");
    }

    private record FixedStack() implements TestStack {

        @Override
        public Kafka kafka() {
            return () -> "127.0.0.1:19092";
        }

        @Override
        public Mongo mongo() {
            return () -> "mongodb://127.0.0.1:27018";
        }

        @Override
        public S3 s3() {
            return new S3() {
                @Override
                public URI endpoint() {
                    return URI.create("http://127.0.0.1:19900");
                }

                @Override
                public String accessKey() {
                    return "storyreel-access";
                }

                @Override
                public String secretKey() {
                    return "the-secret";
                }
            };
        }
    }
}
