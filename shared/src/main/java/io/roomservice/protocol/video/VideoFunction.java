package io.roomservice.protocol.video;

import io.roomservice.domain.limits.AbuseLimits;
import io.roomservice.domain.limits.LimitExceeded;
import io.roomservice.domain.voip.VoipRooms;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.infra.wechat.WeChatException;
import io.roomservice.protocol.Anonymous;
import io.roomservice.protocol.Authenticator;
import io.roomservice.protocol.FamilyServices;
import io.roomservice.protocol.ParamException;
import io.roomservice.protocol.SystemFailure;
import io.roomservice.runtime.HttpGate;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.Response;
import io.roomservice.runtime.ScfFunction;

/**
 * Base of every video-family function: runs the action and renders the envelope
 * {@code {code, message, data}}, with every failure mapped to the family's error table.
 * The answer is always HTTP 200, as the cloud-function clients expect. The caller (the
 * platform's openId or a video token) is verified before the body runs, unless the function
 * is {@link Anonymous}.
 */
public abstract class VideoFunction extends ScfFunction {

    private final AbuseLimits abuseLimits;
    private final HttpGate gate;
    private final Authenticator authenticator;
    private final boolean needsCaller = !getClass().isAnnotationPresent(Anonymous.class);

    protected VideoFunction(FamilyServices family) {
        this.abuseLimits = family.abuseLimits();
        this.gate = new HttpGate(family.corsOrigins(), VideoEnvelope::refusal);
        this.authenticator = family.authenticator(TokenAudience.VIDEO);
    }

    @Override
    protected final HttpGate gate() {
        return gate;
    }

    /** Parse the call's parameters, call the domain, render the reply. */
    protected abstract VideoReply run(VideoCall call);

    @Override
    public final Response serve(Request request) {
        try {
            VideoCall call = new VideoCall(request, authenticator, abuseLimits);
            if (needsCaller) {
                call.caller();
            }
            VideoReply reply = run(call);
            return VideoEnvelope.of(VideoCode.SUCCESS, reply.message(), reply.data());
        } catch (VideoException e) {
            return VideoEnvelope.error(e.code(), e.getMessage());
        } catch (ParamException e) {
            return VideoEnvelope.error(VideoCode.BAD_PARAMETER, e.getMessage());
        } catch (LimitExceeded e) {
            return VideoEnvelope.error(VideoCode.TOO_MANY_REQUESTS, e.getMessage());
        } catch (WeChatException e) {
            VideoCode code = e.kind() == WeChatException.Kind.INVALID_CODE ? VideoCode.LOGIN_FAILED : VideoCode.UPSTREAM_UNAVAILABLE;
            return VideoEnvelope.error(code, e.getMessage());
        } catch (VoipRooms.NotLoggedInException e) {
            return VideoEnvelope.error(VideoCode.NOT_LOGGED_IN, e.getMessage());
        } catch (RuntimeException e) {
            SystemFailure failure = SystemFailure.of(e, getClass(), request.requestId());
            return VideoEnvelope.error(VideoCode.SYSTEM_ERROR, failure.message(e));
        }
    }
}
