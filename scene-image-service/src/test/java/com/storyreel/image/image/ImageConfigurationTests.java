package com.storyreel.image.image;

import org.junit.jupiter.api.Test;

import com.storyreel.runtime.assets.AssetStore;
import com.storyreel.runtime.providers.ProviderChoice;
import com.storyreel.runtime.work.StageExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Which provider {@code storyreel.image.provider} picks, given whether LEONARDO_API_KEY is set. */
class ImageConfigurationTests {

    private final StageExecutor executor = mock(StageExecutor.class);
    private final AssetStore assets = mock(AssetStore.class);

    @Test
    void autoUsesLeonardoOnlyWhenItsKeyIsSet() {
        assertThat(provider("auto", true).name()).isEqualTo("leonardo");
        assertThat(provider("auto", false)).isInstanceOf(PainterImageProvider.class);
    }

    @Test
    void anExplicitChoiceStandsWhateverTheKey() {
        assertThat(provider("painter", true)).isInstanceOf(PainterImageProvider.class);
        assertThat(provider("LEONARDO", true).name()).isEqualTo("leonardo");
    }

    @Test
    void leonardoWithoutItsKeyOrAnUnknownProviderStopsTheServiceFromStarting() {
        assertThatThrownBy(() -> provider("leonardo", false)).isInstanceOf(IllegalStateException.class)
                .hasMessage("storyreel.image.provider is leonardo but LEONARDO_API_KEY is not set");
        assertThatThrownBy(() -> provider("dall-e", true)).isInstanceOf(IllegalStateException.class)
                .hasMessage("storyreel.image.provider is 'dall-e'; it takes auto, leonardo or painter");
    }

    private SceneImageProvider provider(String setting, boolean leonardoKeySet) {
        var leonardo = new ProviderChoice.Vendor<SceneImageProvider>("leonardo", "LEONARDO_API_KEY", leonardoKeySet,
                () -> named("leonardo"));
        return new ImageConfiguration().sceneImageProvider(new ImageProperties(new ProviderChoice(setting)), leonardo,
                executor, assets);
    }

    private static SceneImageProvider named(String name) {
        SceneImageProvider provider = mock(SceneImageProvider.class);
        when(provider.name()).thenReturn(name);
        return provider;
    }
}
