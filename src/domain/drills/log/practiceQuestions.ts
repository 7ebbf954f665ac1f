/**
 * The interview practice log's questions, quoted as they stand in the seed documents (they are data):
 * the behavioural questions of seed 000 with what each tests, and the interview questions of seed 002
 * with their topic.
 */

export type PracticeQuestion = {
  source: "behavioural" | "specialist";
  question: string;
  /** "What it tests" (seed 000) or the topic (seed 002). */
  about: string;
};

/** Seed 000, "Behavioural questions to expect". */
export const BEHAVIOURAL_QUESTIONS: readonly PracticeQuestion[] = [
  {
    source: "behavioural",
    question: "Walk me through your CV.",
    about:
      "Story arc and genuine fit for the luxury digital seat. Interviewers want evidence the candidate has run a digital flagship or online clienteling programme with maison + code discipline - not a mass-DTC paid-social-scaling path imported into luxury.",
  },
  {
    source: "behavioural",
    question:
      "Tell me about a project where you owned a digital + commercial outcome - online AOV, full-price sell-through, top-client digital share, omnichannel handoff.",
    about:
      "Depth of operator ownership in a luxury digital context. Tests whether the candidate frames problem → diagnosis → intervention → measurable outcome WITHOUT reaching for the mass-DTC discount / retargeting playbook.",
  },
  {
    source: "behavioural",
    question: "Tell me about a weakness, a failure, or feedback you have worked on.",
    about:
      "Self-awareness + operator discipline. Luxury digital mistakes carry real equity cost - interviewers want a real one tied to the discipline (discounting, dilution, code drift online, omnichannel break).",
  },
  {
    source: "behavioural",
    question:
      "Why luxury digital ecommerce - vs mass DTC, premium CPG, fashion fast-luxury, or platform PM?",
    about:
      "Authentic understanding of the luxury digital craft - boutique extension, code stewardship online, clienteling + omnichannel, commercial discipline without discount. Generic 'I love e-commerce' or 'I love beautiful sites' fails.",
  },
  {
    source: "behavioural",
    question:
      "Why this category - hard luxury (watches, jewellery) vs soft luxury (leather, RTW) vs selective beauty?",
    about:
      "Specificity + grasp of how categories differ in digital model. Hard luxury runs allocation + configurators + by-appointment; soft luxury runs drops + capsules + leather-icon storytelling; selective beauty runs higher frequency + sampling + replenishment-without-feeling-mass. Tests reasoned preference.",
  },
  {
    source: "behavioural",
    question: "Why this firm?",
    about:
      "Whether the candidate has actually navigated the .com, joined the email list, looked at the app. Bar: firm-specific evidence from the digital flagship, clienteling, codes - not generic 'great brand'.",
  },
  {
    source: "behavioural",
    question:
      "Walk me through this firm's digital flagship, online clienteling, and omnichannel in your own words.",
    about:
      "Whether the candidate has actually navigated the .com + app, attempted save-the-cart or by-appointment, read the editorial. Tests luxury digital + omnichannel literacy applied to the actual firm.",
  },
  {
    source: "behavioural",
    question:
      "How does the digital-ecommerce function actually create value at a luxury maison - given that DOS is sacred and discounting is forbidden?",
    about:
      "Whether the candidate understands luxury digital economics: the channel that recruits + qualifies + serves + retains without breaking codes - and that it lives or dies on omnichannel handoff to DOS, not standalone CVR optimisation.",
  },
];

/** Seed 002, "Interview Questions" with their topic. */
export const SPECIALIST_QUESTIONS: readonly PracticeQuestion[] = [
  {
    source: "specialist",
    question: "What experience do you have in managing e-commerce platforms?",
    about: "Experience",
  },
  {
    source: "specialist",
    question: "How would you optimize the user experience on an e-commerce website?",
    about: "User Experience",
  },
  {
    source: "specialist",
    question: "What strategies would you implement to increase online sales?",
    about: "Sales",
  },
  {
    source: "specialist",
    question: "How do you ensure the security of customer data in an e-commerce environment?",
    about: "Security",
  },
  {
    source: "specialist",
    question: "What tools or software have you used to analyze e-commerce metrics?",
    about: "Analytics",
  },
  {
    source: "specialist",
    question:
      "How would you handle customer complaints or negative reviews on an e-commerce platform?",
    about: "Customer Service",
  },
  {
    source: "specialist",
    question:
      "What steps would you take to improve the search engine visibility of an e-commerce website?",
    about: "SEO",
  },
  {
    source: "specialist",
    question: "How do you stay updated with the latest trends and technologies in e-commerce?",
    about: "Industry Knowledge",
  },
  {
    source: "specialist",
    question: "Describe a successful e-commerce marketing campaign you have executed.",
    about: "Marketing",
  },
  {
    source: "specialist",
    question:
      "How would you manage inventory and ensure accurate stock levels on an e-commerce platform?",
    about: "Inventory Management",
  },
  {
    source: "specialist",
    question: "What strategies would you use to drive repeat purchases and customer loyalty?",
    about: "Customer Retention",
  },
  {
    source: "specialist",
    question: "How do you approach competitor analysis in the e-commerce industry?",
    about: "Competitor Analysis",
  },
  {
    source: "specialist",
    question:
      "What steps would you take to improve the mobile responsiveness of an e-commerce website?",
    about: "Mobile Optimization",
  },
  {
    source: "specialist",
    question:
      "How would you handle a situation where an e-commerce platform experiences technical issues?",
    about: "Technical Troubleshooting",
  },
  {
    source: "specialist",
    question:
      "What metrics do you consider most important for evaluating the success of an e-commerce platform?",
    about: "Metrics",
  },
  {
    source: "specialist",
    question:
      "How would you ensure a seamless checkout process for customers on an e-commerce website?",
    about: "Checkout Process",
  },
  {
    source: "specialist",
    question: "What steps would you take to improve the loading speed of an e-commerce website?",
    about: "Website Performance",
  },
  {
    source: "specialist",
    question: "How do you approach A/B testing for e-commerce websites?",
    about: "Testing",
  },
  {
    source: "specialist",
    question: "What strategies would you use to drive traffic to an e-commerce website?",
    about: "Traffic Generation",
  },
  {
    source: "specialist",
    question: "How would you handle product data management for an e-commerce platform?",
    about: "Product Management",
  },
];

/** All 28 questions, behavioural first. */
export const PRACTICE_QUESTIONS: readonly PracticeQuestion[] = [
  ...BEHAVIOURAL_QUESTIONS,
  ...SPECIALIST_QUESTIONS,
];
