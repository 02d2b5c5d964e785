package io.imageshare.api.aliyun;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import io.imageshare.http.ApiResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders response records in the vendor's shapes. Record components are named in lower camel case
 * and written in upper camel case ({@code requestId} → {@code RequestId}); a wrapper record with a
 * list ({@code Accounts(List<Account> account)}) gives {@code "Accounts":{"Account":[…]}} in JSON and
 * {@code <Accounts><Account>…</Account></Accounts>} in XML.
 */
public final class AliyunRenderer {
    private final ObjectMapper json;
    private final Map<String, ObjectWriter> xmlWriters = new ConcurrentHashMap<>();

    public AliyunRenderer() {
        this.json = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /** Built at the first XML answer: few clients ask for XML, and its set-up is a start-up cost. */
    private static final class Xml {
        static final XmlMapper MAPPER = mapper();

        private static XmlMapper mapper() {
            XmlMapper x = XmlMapper.builder().defaultUseWrapper(false).build();
            x.setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE);
            x.setSerializationInclusion(JsonInclude.Include.NON_NULL);
            x.configure(ToXmlGenerator.Feature.WRITE_XML_DECLARATION, true);
            return x;
        }
    }

    public ApiResponse success(String action, Object body, AliyunFormat format) {
        return new ApiResponse(200, format.contentType(), write(action + "Response", body, format));
    }

    public ApiResponse error(int status, Object body, AliyunFormat format) {
        return new ApiResponse(status, format.contentType(), write("Error", body, format));
    }

    private byte[] write(String root, Object body, AliyunFormat format) {
        try {
            if (format == AliyunFormat.JSON) {
                return json.writeValueAsBytes(body);
            }
            return xmlWriters.computeIfAbsent(root, r -> Xml.MAPPER.writer().withRootName(r)).writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + root, e);
        }
    }
}
