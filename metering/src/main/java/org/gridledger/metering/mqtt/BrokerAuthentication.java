package org.gridledger.metering.mqtt;

import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The embedded broker's authenticator: with a username and password configured, a client must
 * present both; without, every client is admitted (HiveMQ admits none when no extension decides).
 */
final class BrokerAuthentication implements ExtensionMain {
  private final String username;
  private final byte[] password;

  BrokerAuthentication(String username, String password) {
    this.username = username;
    this.password = password == null ? null : password.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
    SimpleAuthenticator authenticator = this::authenticate;
    Services.securityRegistry().setAuthenticatorProvider(providerInput -> authenticator);
  }

  @Override
  public void extensionStop(ExtensionStopInput input, ExtensionStopOutput output) {}

  private void authenticate(SimpleAuthInput input, SimpleAuthOutput output) {
    if (username == null) {
      output.authenticateSuccessfully();
      return;
    }
    String user = input.getConnectPacket().getUserName().orElse(null);
    byte[] pass =
        input.getConnectPacket().getPassword().map(BrokerAuthentication::bytes).orElse(null);
    if (username.equals(user) && pass != null && MessageDigest.isEqual(password, pass)) {
      output.authenticateSuccessfully();
    } else {
      output.failAuthentication(
          ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD, "wrong MQTT username or password");
    }
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] out = new byte[buffer.remaining()];
    buffer.duplicate().get(out);
    return out;
  }
}
