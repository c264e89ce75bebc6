package io.c360.activation.support;

import io.c360.activation.delivery.Channel;
import io.c360.activation.delivery.DeliveryReceipt;
import io.c360.activation.delivery.MessageSender;
import io.c360.activation.delivery.MessageSenders;
import io.c360.activation.delivery.OutboundMessage;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Lets a test make the service "crash" in the worst place: after the destination took a message and
 * before the campaign recorded it as sent. Armed with {@link #crashAfter}, the n-th message is
 * delivered and then an {@link Error} is thrown, which the campaign runner treats like a dead
 * process (it leaves its lease to run out). Unarmed, it only passes messages on.
 */
public final class CrashingSenders {

  private static final AtomicInteger remaining = new AtomicInteger(-1);
  private static final AtomicInteger crashes = new AtomicInteger();

  private CrashingSenders() {}

  /** The n-th message from now is delivered, then the sending thread dies. */
  public static void crashAfter(int messages) {
    remaining.set(messages);
  }

  /** How many simulated crashes happened in this JVM. */
  public static int crashes() {
    return crashes.get();
  }

  /** The simulated crash. */
  public static final class SimulatedCrash extends Error {
    SimulatedCrash() {
      super("simulated crash after the destination took the message");
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {
    @Bean
    static BeanPostProcessor crashingSenders() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          if (bean instanceof MessageSenders senders) {
            return (MessageSenders) channel -> wrap(senders.forChannel(channel), channel);
          }
          return bean;
        }
      };
    }
  }

  private static MessageSender wrap(MessageSender sender, Channel channel) {
    return new MessageSender() {
      @Override
      public Channel channel() {
        return channel;
      }

      @Override
      public DeliveryReceipt send(OutboundMessage message) {
        DeliveryReceipt receipt = sender.send(message);
        if (remaining.get() > 0 && remaining.decrementAndGet() == 0) {
          crashes.incrementAndGet();
          throw new SimulatedCrash();
        }
        return receipt;
      }
    };
  }
}
