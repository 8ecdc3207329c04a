package io.atrium.forms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A records list's state as saved views keep it. */
class ListStateTest {

  @Test
  void survivesTheRoundTripWithAwkwardText() {
    ListState state = new ListState();
    state.columns = List.of("serial", "title", "amount");
    state.sortField = "amount";
    state.ascending = true;
    state.filters.put("title", "a=b: 报销\nnext");
    state.filters.put("empty", " ");
    state.quick = "#1 & <x>";
    state.pageSize = 50;

    ListState back = ListState.read(state.write());

    assertThat(back.columns).containsExactly("serial", "title", "amount");
    assertThat(back.sortField).isEqualTo("amount");
    assertThat(back.ascending).isTrue();
    assertThat(back.filters).containsExactly(java.util.Map.entry("title", "a=b: 报销\nnext"));
    assertThat(back.quick).isEqualTo("#1 & <x>");
    assertThat(back.pageSize).isEqualTo(50);
    assertThat(state.write()).as("no time stamp, so equal states are equal text").isEqualTo(back.write());
  }

  @Test
  void brokenTextGivesTheDefaults() {
    ListState back = ListState.read("pageSize=many");

    assertThat(back.pageSize).isEqualTo(ListState.DEFAULT_PAGE_SIZE);
    assertThat(back.columns).isEmpty();
    assertThat(back.sortField).isNull();
  }
}
