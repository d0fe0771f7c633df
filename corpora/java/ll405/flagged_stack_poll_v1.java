package corpus.ll405;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.cloudformation.AmazonCloudFormation;
import com.amazonaws.services.cloudformation.AmazonCloudFormationClientBuilder;
import com.amazonaws.services.cloudformation.model.DescribeStacksRequest;

public class StackHandler implements RequestHandler<String, String> {
    private static final AmazonCloudFormation CFN = AmazonCloudFormationClientBuilder.defaultClient();

    public String handleRequest(String stack, Context context) throws InterruptedException {
        String status = "CREATE_IN_PROGRESS";
        for (int i = 0; i < 60 && status.endsWith("IN_PROGRESS"); i++) { // expect: LL405
            status = CFN.describeStacks(new DescribeStacksRequest().withStackName(stack)).getStacks().get(0).getStackStatus();
            Thread.sleep(10_000); // expect: LL403
        }
        return status;
    }
}
