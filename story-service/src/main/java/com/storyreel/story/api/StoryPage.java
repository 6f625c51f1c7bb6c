package com.storyreel.story.api;

import java.util.List;

/** A page of stories, newest first. */
public record StoryPage(List<StoryView> items, int page, int size, long total) {
}
