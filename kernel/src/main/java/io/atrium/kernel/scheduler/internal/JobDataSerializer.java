package io.atrium.kernel.scheduler.internal;

import com.github.kagkarlsson.scheduler.serializer.Serializer;

/** Stores {@link JobData} as JSON in the scheduler's table. */
final class JobDataSerializer implements Serializer {

  @Override
  public byte[] serialize(Object data) {
    if (data == null) {
      return null;
    }
    if (data instanceof JobData job) {
      return job.toJson();
    }
    throw new IllegalArgumentException("Only job data is stored, not " + data.getClass().getName());
  }

  @Override
  public <T> T deserialize(Class<T> clazz, byte[] serializedData) {
    if (serializedData == null || clazz == Void.class) {
      return null;
    }
    return clazz.cast(JobData.fromJson(serializedData));
  }
}
