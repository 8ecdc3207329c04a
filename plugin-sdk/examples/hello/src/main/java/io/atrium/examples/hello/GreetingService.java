package io.atrium.examples.hello;

import java.util.List;

/** Stores and lists greetings. */
public interface GreetingService {

  /** Topic of the event published for each new greeting. */
  String CREATED_TOPIC = "hello/greeting/created";

  /** Longest message accepted. */
  int MAX_LENGTH = 200;

  /**
   * Stores a greeting from the current user.
   *
   * @throws IllegalArgumentException when the message is blank or longer than {@link #MAX_LENGTH}
   */
  Greeting add(String message);

  /** Stores a greeting by a given author as it is, e.g. a reply of the plugin itself. */
  Greeting store(String text, String author);

  /** The newest greetings first, at most {@code limit}. */
  List<Greeting> latest(int limit);

  /** How many greetings are stored. */
  long count();

  /** Greetings whose message contains the text (any case), newest first, at most {@code limit}. */
  List<Greeting> search(String text, int limit);
}
